using TalkExport.Cli;

return await TalkExportApp.RunAsync(args).ConfigureAwait(false);
