// Imported first by the processes that run an analysis (the command line, the backend): V8's
// allocation-site pretenuring off. V8 watches where objects are made, and when most of one
// place's objects outlive a young-generation collection it makes that place's later objects in
// the old generation directly. A run's rows outlive the reading, as they should; but sometimes
// (one run in two or three of the 5M-line workspace) a place that makes each customer's values
// while the run is written was caught with a batch alive, was judged so, and 200,000 customers'
// worth of short-lived values then piled up in the old generation until the end: the main
// thread's heap at 314-322 MB instead of 180, the run's peak at 565-590 MB instead of 480-515.
// Off, every run stayed at 477-513 MB, in no more time (BENCHMARKS.md, decision #192). Set with
// Node's documented call, before any of our code runs; the flag is the process's, so the
// reader and writer threads have it too.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-allocation-site-pretenuring');
