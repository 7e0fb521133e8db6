/**
 * The policy every HTML page of the site carries: the security policy of security.ts with the
 * boot script (inlined by Base.astro, without its comments) allowed by its hash. Build time only
 * (it reads the boot script through Vite).
 */
import BOOT_SCRIPT from '../../scripts/boot.js?raw';
import { contentSecurityPolicy } from './security.ts';

/** The boot script as pages inline it: its own comments stay in the source, not in every page. */
export const BOOT = BOOT_SCRIPT.replace(/^\s*\/\/.*\n/gm, '').trim();
export const PAGE_POLICY = contentSecurityPolicy([BOOT]);
