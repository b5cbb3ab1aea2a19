import { launchFirefox } from './firefox';
import { SCENARIOS } from './scenarios';
import { browserSuite } from './suite';

browserSuite('firefox', launchFirefox, SCENARIOS);
