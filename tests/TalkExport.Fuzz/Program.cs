using TalkExport.Fuzz;

return FuzzHarness.Run(args);
