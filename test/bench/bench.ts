// Entry point: written in a later commit.
export {};
