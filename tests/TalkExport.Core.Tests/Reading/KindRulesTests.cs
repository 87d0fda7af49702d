using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Core.Tests.Reading;

public sealed class KindRulesTests
{
    [Theory]
    [InlineData("Learning Machines Seminars at RISE", TalkKind.Seminar)]
    [InlineData("Panelist", TalkKind.Panel)]
    [InlineData("Plenary session", TalkKind.Keynote)]
    [InlineData("Guest lecture on GPUs", TalkKind.Lecture)]
    [InlineData("Physics Colloquium", TalkKind.Seminar)]
    [InlineData("Conference presentation", TalkKind.Contributed)]
    [InlineData("Paper  presentation", TalkKind.Contributed)]
    [InlineData("Contributed talk", TalkKind.Contributed)]
    [InlineData("Contributed poster", TalkKind.Poster)]
    [InlineData("Invited keynote", TalkKind.Keynote)]
    [InlineData("Talk/Poster", TalkKind.Poster)]
    [InlineData("INVITED TALK", TalkKind.Invited)]
    public void TryMatch_RuleWordAtWordStart_GivesKindInRuleOrder(string text, TalkKind expected)
    {
        Assert.True(KindRules.TryMatch(text, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("Una cita impostergable")]
    [InlineData("Multiplenary thoughts")]
    [InlineData("Talk")]
    [InlineData("Conference proceedings talk")]
    [InlineData("")]
    public void TryMatch_NoRuleWordAtWordStart_DoesNotMatch(string text) => Assert.False(KindRules.TryMatch(text, out _));

    [Fact]
    public void Infer_TypeWithoutRule_FallsBackToTitleThenVenue()
    {
        Assert.Equal(TalkKind.Tutorial, KindRules.Infer("Talk", "EUREF tutorial on deep learning", "Invited session"));
        Assert.Equal(TalkKind.Invited, KindRules.Infer("Talk", "On things", "Invited session"));
        Assert.Equal(TalkKind.Talk, KindRules.Infer(null, "On things", "A meeting"));
    }

    [Fact]
    public void Infer_TypeMatches_WinsOverTitle() =>
        Assert.Equal(TalkKind.Poster, KindRules.Infer("Poster", "A keynote about posters", null));

    [Theory]
    [InlineData("Attendance", true)]
    [InlineData("Delegate", true)]
    [InlineData("Organizing Commitee", true)]
    [InlineData("Organiser", true)]
    [InlineData("Talk", false)]
    [InlineData(null, false)]
    public void IsNotGivenByOwner_ExplicitType_DetectsAttendance(string? type, bool expected) =>
        Assert.Equal(expected, KindRules.IsNotGivenByOwner(type));
}
