import {applyTheme as _applyTheme} from './theme-pkd.generated.js';
export const applyTheme = _applyTheme;
