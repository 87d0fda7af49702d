using TalkExport.Fuzz;

return FuzzHarness.Main(args);
