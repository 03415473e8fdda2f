// Imported first by the processes that run an analysis (the command line, the backend): V8's
// allocation-site pretenuring off. V8 watches where objects are made, and when most of one
// place's objects outlive a young-generation collection it makes that place's later objects in
// the old generation directly. A run's rows outlive the reading, as they should; but sometimes
// (10 runs in 36 of the 5M-line workspace) one place of the main thread's code was judged so
// from one look (V8's trace does not say which place) though its objects die young, and they
// then piled up in the old generation until the end: the main thread's heap at 314-322 MB
// instead of 180, the run's peak at 571-593 MB instead of 490-535.
// Off, every run stayed at 477-513 MB, in no more time (BENCHMARKS.md, decision #192). Set with
// Node's documented call, before any of our code runs; the flag is the process's, so the
// reader and writer threads have it too.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-allocation-site-pretenuring');
