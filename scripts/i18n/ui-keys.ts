/**
 * Writes src/lib/i18n/ui-keys.ts, the type of every interface string's key, from the source
 * locale's ui.yaml, so code can only ask for a message that exists. tests/i18n/messages.test.ts
 * fails when the file is stale. Run: npx tsx scripts/i18n/ui-keys.ts
 */
import { writeFileSync } from 'node:fs';
import { uiKeysSource } from '../../src/lib/i18n/ui-keys-source.ts';

writeFileSync('src/lib/i18n/ui-keys.ts', uiKeysSource());
console.log('wrote src/lib/i18n/ui-keys.ts');
