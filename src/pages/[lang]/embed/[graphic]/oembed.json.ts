/** Every other edition's oEmbed records. */
import type { APIRoute } from 'astro';
import { graphicRoutes } from '../../../../lib/build/kit-routes.ts';
import { oembedResponse } from '../../../../lib/build/kit-responses.ts';

export const getStaticPaths = () => graphicRoutes(true);
export const GET: APIRoute = ({ props }) => oembedResponse(props.tag as string, props.id as string);
