namespace TalkExport.Core.Files;

/// <summary>Who chose a file to read: decides which kinds of file it may be (SECURITY.md, "Files read").</summary>
public enum FileTrust
{
    /// <summary>
    /// Found through a site (a record, <c>_config.yml</c>, <c>CNAME</c>, an author profile, an
    /// auto-found <c>talkexport.yml</c>): a regular file only, never waited on.
    /// </summary>
    Site,

    /// <summary>
    /// Named by the user on the command line (PATH, <c>--config</c>, <c>--template</c>, <c>--into</c>):
    /// a regular file, or a FIFO or character device read as a stream (<c>&lt;(…)</c>, <c>/dev/stdin</c>).
    /// </summary>
    User,
}
