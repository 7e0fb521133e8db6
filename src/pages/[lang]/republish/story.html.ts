/** Every other edition's text for republishing. */
import type { APIRoute } from 'astro';
import { republishResponse } from '../../../lib/build/kit-responses.ts';
import { editionsAt } from '../../../lib/build/kit-routes.ts';

export const getStaticPaths = () => editionsAt(true);
export const GET: APIRoute = ({ props }) => republishResponse(props.tag as string);
