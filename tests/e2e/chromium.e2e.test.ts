import { launchChromium } from './chromium';
import { SCENARIOS } from './scenarios';
import { browserSuite } from './suite';

browserSuite('chromium', launchChromium, SCENARIOS);
