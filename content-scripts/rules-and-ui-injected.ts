// Entry of rules-and-ui.js for the targets that inject it rather than import it (UI_DELIVERY in
// scripts/manifest.mjs: Safari). A classic script (IIFE): scripting.executeScript runs files, not
// modules. It hands the module to the content script that asked for it (import-ui-injected.ts).
import * as ui from './rules-and-ui';
import { handOver } from './rules-and-ui-handoff';

handOver(ui);
