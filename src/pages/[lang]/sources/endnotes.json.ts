/** Every other edition's printed endnotes, under its folder (src/lib/build/endpoints.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { endnotesFile } from '../../../lib/build/endpoints.ts';
import { foldedEditions } from '../../../lib/site/editions.ts';

export const getStaticPaths: GetStaticPaths = () => foldedEditions();

export const GET: APIRoute = async ({ props }) => new Response(JSON.stringify(await endnotesFile(props.tag)), { headers: { 'Content-Type': 'application/json' } });
