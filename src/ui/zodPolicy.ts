// The page's Content-Security-Policy forbids eval. zod would otherwise probe for it on its first parse
// (a `new Function` the browser reports as a policy violation, even though zod catches the error) and,
// where eval is allowed (tests, a relaxed dev server), build parsers with it. Imported first by main.tsx.
import { config } from 'zod';

config({ jitless: true });
