/** The source locale's ZIPs: every graphic with its data, and the whole data set. */
import type { APIRoute } from 'astro';
import { zipResponse, zipRoutes } from '../../lib/build/kit-responses.ts';

export const getStaticPaths = () => zipRoutes(false);
export const GET: APIRoute = ({ props }) => zipResponse(props.tag as string, props.kind as 'graphics' | 'data');
