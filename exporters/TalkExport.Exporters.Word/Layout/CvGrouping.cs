namespace TalkExport.Exporters.Word.Layout;

/// <summary>How the list is split under sub-headings.</summary>
public enum CvGrouping
{
    /// <summary>One sub-heading per year, newest first; undated talks last.</summary>
    Year,

    /// <summary>One sub-heading per kind (Keynotes, Invited talks, …).</summary>
    Kind,

    /// <summary>One list without sub-headings.</summary>
    None,
}
