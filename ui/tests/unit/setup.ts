// The app loads one language's messages when it is chosen; the unit tests read them all.
import { loadMessages } from '../../src/i18n';
import { LANGUAGES } from '../../src/types';

await Promise.all(LANGUAGES.map(loadMessages));
