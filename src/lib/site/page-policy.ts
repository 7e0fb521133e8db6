/**
 * The policy every HTML page of the site carries: the security policy of security.ts with the
 * boot script (inlined by Base.astro) allowed by its hash. Build time only.
 */
import { BOOT } from './boot-script.ts';
import { contentSecurityPolicy } from './security.ts';

export { BOOT };
export const PAGE_POLICY = contentSecurityPolicy([BOOT]);
