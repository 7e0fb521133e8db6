/** Every other edition's ZIPs. */
import type { APIRoute } from 'astro';
import { zipResponse, zipRoutes } from '../../../lib/build/kit-responses.ts';

export const getStaticPaths = () => zipRoutes(true);
export const GET: APIRoute = ({ props }) => zipResponse(props.tag as string, props.kind as 'graphics' | 'data');
