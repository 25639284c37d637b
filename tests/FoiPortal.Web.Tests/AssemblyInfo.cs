// Each fixture starts the real host, and Program.cs swaps the static Serilog bootstrap logger that AddSerilog then
// freezes: two hosts starting at once race ("The logger is already frozen"). With five fixtures the race hit in 2 of
// 3 full runs, so fixtures run one after another. Remove once the host stops sharing the static logger.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
