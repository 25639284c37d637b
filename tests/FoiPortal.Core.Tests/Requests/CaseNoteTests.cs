using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Tests.Requests;

/// <summary>Issue 18: a note can be corrected by its author for 15 minutes, then it is fixed; each correction keeps the text it replaced.</summary>
public class CaseNoteTests
{
    private static readonly DateTime Written = new(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc);

    private static CaseNote Note() => new(7, "officer@foiportal.test", "  Rang the custody team: data by Friday.  ", Written);

    [Theory]
    [InlineData("officer@foiportal.test", 0, null)]
    [InlineData("OFFICER@foiportal.test", 14 * 60 + 59, null)]
    [InlineData("officer@foiportal.test", 15 * 60, "A note can be changed only in the 15 minutes after it is written: this one is now fixed")]
    [InlineData("officer@foiportal.test", 3 * 24 * 3600, "A note can be changed only in the 15 minutes after it is written: this one is now fixed")]
    [InlineData("manager@foiportal.test", 60, "Only the person who wrote a note can change it")]
    public void WhyNotEdit_ByAuthorWithinFifteenMinutesOnly(string actor, int secondsLater, string? expected) =>
        Assert.Equal(expected, Note().WhyNotEdit(actor, Written.AddSeconds(secondsLater)));

    [Fact]
    public void New_TrimsTheText() => Assert.Equal("Rang the custody team: data by Friday.", Note().Text);

    [Fact]
    public void Edit_KeepsEachEarlierTextWithWhenItWasWritten()
    {
        var note = Note();

        note.Edit("officer@foiportal.test", "Rang the custody team: data by Thursday.", Written.AddMinutes(2));
        note.Edit("officer@foiportal.test", "Rang custody: data by Thursday 10 Dec.", Written.AddMinutes(5));

        Assert.Equal("Rang custody: data by Thursday 10 Dec.", note.Text);
        Assert.Equal(Written.AddMinutes(5), note.EditedAtUtc);
        Assert.Equal(
            [("Rang the custody team: data by Friday.", Written), ("Rang the custody team: data by Thursday.", Written.AddMinutes(2))],
            note.Revisions.Select(r => (r.Text, r.WrittenAtUtc)));
    }

    [Fact]
    public void Edit_WithTheSameText_RecordsNoCorrection()
    {
        var note = Note();

        note.Edit("officer@foiportal.test", "Rang the custody team: data by Friday.", Written.AddMinutes(1));

        Assert.Empty(note.Revisions);
        Assert.Null(note.EditedAtUtc);
    }

    [Fact]
    public void Edit_AfterTheWindow_IsRefusedAndChangesNothing()
    {
        var note = Note();

        var refused = Assert.Throws<DomainException>(() => note.Edit("officer@foiportal.test", "Rewritten later.", Written.AddMinutes(16)));

        Assert.Equal("A note can be changed only in the 15 minutes after it is written: this one is now fixed", refused.Message);
        Assert.Equal("Rang the custody team: data by Friday.", note.Text);
        Assert.Empty(note.Revisions);
    }

    [Theory]
    [InlineData(null, "Enter the note")]
    [InlineData("   \n ", "Enter the note")]
    [InlineData("x", null)]
    public void WhyNotText_NeedsSomeText(string? text, string? expected) => Assert.Equal(expected, CaseNote.WhyNotText(text));

    [Fact]
    public void WhyNotText_AtMost4000Characters()
    {
        Assert.Null(CaseNote.WhyNotText(new string('a', 4000)));
        Assert.Equal("The note must be 4,000 characters or fewer", CaseNote.WhyNotText(new string('a', 4001)));
    }
}
