/** Every other edition's catalogue of graphics (/ru/graphics.json). */
import type { APIRoute } from 'astro';
import { catalogueResponse } from '../../lib/build/kit-responses.ts';
import { editionsAt } from '../../lib/build/kit-routes.ts';

export const getStaticPaths = () => editionsAt(true);
export const GET: APIRoute = ({ props }) => catalogueResponse(props.tag as string);
