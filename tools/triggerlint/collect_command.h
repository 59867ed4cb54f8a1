#pragma once
// `triggerlint collect ...`: the subcommand that runs the AWS CLI against deployed user pools and
// writes the dumps `triggerlint DIR` reads. main() hands it everything after the program name.

/// Parses `collect`'s own options (argv[0] is "collect") and runs it; returns the exit status.
int runCollect(int argc, char **argv);
