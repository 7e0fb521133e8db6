/** Every other edition's graphics as files. */
import type { APIRoute } from 'astro';
import { graphicFile, graphicFileRoutes } from '../../../lib/build/kit-routes.ts';

export const getStaticPaths = () => graphicFileRoutes(true);
export const GET: APIRoute = ({ props }) => graphicFile(props.tag as string, props.file as string);
