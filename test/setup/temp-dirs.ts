// Runs before every test file: the temporary folders a file made outside its tests (tempDir in
// beforeAll or while collecting) are removed after the file.
import { afterAll } from 'vitest';
import { removeTempDirs } from '../helpers/run.ts';

afterAll(removeTempDirs);
