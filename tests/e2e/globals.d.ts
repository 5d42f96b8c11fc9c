// Code passed to worker.evaluate / page.evaluate runs in the extension, where `chrome` exists.
/// <reference types="chrome" />
