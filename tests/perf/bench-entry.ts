// What the benchmark runs inside the browser, bundled by esbuild: the same
// reader and store the extension ships, exposed to page.evaluate.
import { storeObservation } from '@/utils/storage/db';
import { readPage } from '@/utils/upwork/read-page';

(globalThis as unknown as { __bench: unknown }).__bench = { readPage, storeObservation };
