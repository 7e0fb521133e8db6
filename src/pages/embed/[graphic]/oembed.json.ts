/** The source locale's oEmbed records, one per embed page. */
import type { APIRoute } from 'astro';
import { graphicRoutes } from '../../../lib/build/kit-routes.ts';
import { oembedResponse } from '../../../lib/build/kit-responses.ts';

export const getStaticPaths = () => graphicRoutes(false);
export const GET: APIRoute = ({ props }) => oembedResponse(props.tag as string, props.id as string);
