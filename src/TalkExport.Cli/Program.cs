using TalkExport.Cli;

return await TalkExportApp.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
