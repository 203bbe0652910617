export { programsAcrossCities, type ProgramSpread } from './programs-across-cities.js';
