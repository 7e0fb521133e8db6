/** The source locale's graphics as files: PNG, SVG, and CSV or GeoJSON (src/lib/build/kit.ts). */
import type { APIRoute } from 'astro';
import { graphicFile, graphicFileRoutes } from '../../lib/build/kit-routes.ts';

export const getStaticPaths = () => graphicFileRoutes(false);
export const GET: APIRoute = ({ props }) => graphicFile(props.tag as string, props.file as string);
