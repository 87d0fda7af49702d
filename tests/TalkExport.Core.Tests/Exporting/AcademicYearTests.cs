using TalkExport.Core.Exporting.Reporting;
using TalkExport.Core.Model;

namespace TalkExport.Core.Tests.Exporting;

public sealed class AcademicYearTests
{
    [Theory]
    [InlineData("09-01", 2020, 9, 1, "2020/21")]
    [InlineData("09-01", 2021, 8, 31, "2020/21")]
    [InlineData("09-01", 2020, 8, null, "2019/20")] // a month alone counts from its first day
    [InlineData("09-01", 2020, 9, null, "2020/21")]
    [InlineData("10-01", 2021, 9, 30, "2020/21")]
    [InlineData("08-01", 1999, 12, 31, "1999/00")]
    [InlineData("09-01", 2021, null, null, "2021 (year only)")]
    [InlineData("01-01", 2021, null, null, "2021")]
    [InlineData("01-01", 2021, 12, 31, "2021")]
    public void Of_Date_IsTheYearItFallsIn(string start, int year, int? month, int? day, string expected)
    {
        Assert.True(AcademicYear.TryParse(start, out var academicYear));
        Assert.Equal(expected, academicYear.Of(new TalkDate(year, month, day)));
    }

    [Fact]
    public void Of_NoDate_IsUndated() => Assert.Equal("undated", AcademicYear.Default.Of(null));

    [Theory]
    [InlineData("13-01")]
    [InlineData("09-31")]
    [InlineData("9/1")]
    [InlineData("")]
    public void TryParse_NotADayOfTheYear_False(string text) => Assert.False(AcademicYear.TryParse(text, out _));
}
