namespace TalkExport.Core.Exporting.Reporting;

/// <summary>What a department report groups talks by (<c>report --by</c>); several nest in the order given.</summary>
public enum ReportDimension
{
    /// <summary>The person whose site holds the talk (the site's owner): a talk on two members' sites counts for each.</summary>
    Owner,

    /// <summary>The talk's kind (invited, keynote, …).</summary>
    Kind,

    /// <summary>The calendar year of the talk's date.</summary>
    Year,

    /// <summary>The academic year the talk's date falls in (its first day from <c>academic_year_start</c>).</summary>
    AcademicYear,

    /// <summary>Each of the talk's tags (a talk with two tags counts under both).</summary>
    Tag,
}

/// <summary>The names of <see cref="ReportDimension"/> as the command line writes them.</summary>
public static class ReportDimensions
{
    /// <summary>Every dimension, as <c>--by</c> takes it.</summary>
    public static IReadOnlyList<string> Names { get; } = ["owner", "kind", "year", "academic-year", "tag"];

    /// <summary>The command-line name of <paramref name="dimension"/>.</summary>
    public static string Name(this ReportDimension dimension) => dimension switch
    {
        ReportDimension.Owner => "owner",
        ReportDimension.Kind => "kind",
        ReportDimension.Year => "year",
        ReportDimension.AcademicYear => "academic-year",
        _ => "tag",
    };

    /// <summary>The dimension named <paramref name="name"/> (as <see cref="Names"/> spells it), or false.</summary>
    public static bool TryParse(string? name, out ReportDimension dimension)
    {
        var at = Names.ToList().IndexOf(name?.Trim().ToLowerInvariant() ?? "");
        dimension = at < 0 ? default : (ReportDimension)at;
        return at >= 0;
    }
}
