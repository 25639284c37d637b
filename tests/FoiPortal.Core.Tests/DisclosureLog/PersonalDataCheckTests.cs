using System.Text;
using FoiPortal.Core.DisclosureLog;

namespace FoiPortal.Core.Tests.DisclosureLog;

public class PersonalDataCheckTests
{
    private static readonly RequesterIdentity Sam = new("Sam Example", "sam.example@example.org", "12 Acacia Avenue\nBirmingham\nB1 1AA");

    private static IReadOnlyList<PersonalDataFinding> Check(string text, RequesterIdentity? who = null) =>
        new PersonalDataCheck(who ?? Sam).InText("the response", text);

    [Theory]
    [InlineData("Dear Sam Example, thank you for your request.")]
    [InlineData("DEAR SAM EXAMPLE")]
    [InlineData("dear sam example")]
    [InlineData("Dear Sam    Example")]
    [InlineData("Dear Sam\nExample")]
    [InlineData("Dear Sam\r\n  Example")]
    [InlineData("Dear Sam\tExample")]
    [InlineData("Dear Sam\u00A0Example")]
    [InlineData("Dear Sam\u2003Example")]
    [InlineData("Dear Sam\u202FExample")]
    [InlineData("Dear S\u00ADam Exam\u200Bple")]
    [InlineData("Requester: Example, Sam")]
    [InlineData("Requester: EXAMPLE SAM")]
    [InlineData("Requester: Sam J. Example")]
    [InlineData("Requester: S. Example")]
    [InlineData("Requester: S Example")]
    [InlineData("Dear Mr Example")]
    [InlineData("Dear Dr. Example,")]
    [InlineData("Ｓａｍ Ｅｘａｍｐｌｅ")]
    public void Name_InAnyCaseSpacingOrOrder_IsFound(string text)
    {
        var finding = Assert.Single(Check(text));

        Assert.Equal(PersonalDataKind.Name, finding.Kind);
    }

    [Theory]
    [InlineData("Samuel Examples wrote to us.")]
    [InlineData("This is an example of a sample request.")]
    [InlineData("Sam's example is a good one.")]
    [InlineData("It is an example. Sam agreed.")]
    [InlineData("s example")]
    public void Name_InsideOtherWordsOrOnlyHalfOfIt_IsNotFound(string text)
    {
        Assert.Empty(Check(text));
    }

    [Fact]
    public void InitialAndSurname_OnlyCountWhenWrittenWithCapitals()
    {
        var alice = new RequesterIdentity("Alice Green", null, null);

        Assert.Empty(Check("Stop at a green light.", alice));
        Assert.Equal(PersonalDataKind.Name, Assert.Single(Check("Copy to A. Green.", alice)).Kind);
    }

    [Theory]
    [InlineData("Zoë Brontë", "Dear Zoe Bronte")]
    [InlineData("Zoe Bronte", "Dear ZOË BRONTË")]
    [InlineData("Seán O'Brien", "Dear Sean O’Brien")]
    [InlineData("Sean O'Brien", "Dear Sean OBrien")]
    [InlineData("Jo Smith-Jones", "Dear Jo Smith Jones")]
    [InlineData("Jo Smith-Jones", "Dear Jo Smith\u2011Jones")]
    [InlineData("Dr Sam Example", "Dear Sam Example")]
    [InlineData("Madonna", "Thank you, Madonna.")]
    public void Name_WithAccentsApostrophesHyphensOrATitle_IsFound(string name, string text)
    {
        Assert.Equal(PersonalDataKind.Name, Assert.Single(Check(text, new RequesterIdentity(name, null, null))).Kind);
    }

    [Theory]
    [InlineData("Reply to sam.example@example.org please")]
    [InlineData("Reply to SAM.EXAMPLE@EXAMPLE.ORG please")]
    [InlineData("Reply to sam.example @ example.org please")]
    [InlineData("Reply to sam.example (at) example.org please")]
    [InlineData("Reply to sam.example[at]example[dot]org please")]
    [InlineData("Reply to sam . example at example . org please")]
    [InlineData("<a href=\"mailto:sam.example%40example.org\">")]
    [InlineData("Our reply went to sam.example@example.org.")]
    public void Email_InAnyCaseSpacingOrDisguise_IsFoundOnce(string text)
    {
        var finding = Assert.Single(Check(text));

        Assert.Equal(PersonalDataKind.Email, finding.Kind);
        Assert.DoesNotContain("example.org", finding.Excerpt, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Write to bigsam.example@example.org")]
    [InlineData("Write to sam.example@example.organisation")]
    [InlineData("Write to foi@example.org")]
    public void Email_ThatIsSomeoneElses_IsNotFound(string text)
    {
        Assert.DoesNotContain(Check(text), f => f.Kind == PersonalDataKind.Email);
    }

    [Theory]
    [InlineData("Postcode B1 1AA.")]
    [InlineData("Postcode b11aa.")]
    [InlineData("Postcode B1  1AA.")]
    [InlineData("Postcode B1\u00A01AA.")]
    [InlineData("Postcode B1-1AA.")]
    [InlineData("He lives at 12 Acacia Avenue.")]
    [InlineData("He lives at 12, Acacia Avenue.")]
    [InlineData("He lives at 12 acacia ave.")]
    [InlineData("He lives at 12 ACACIA AVE")]
    [InlineData("He lives at 12\nAcacia Avenue")]
    [InlineData("He lives at 12 Acacia Avenue, Birmingham, B1 1AA.")]
    public void Address_ItsStreetOrPostcodeInAnyForm_IsFoundOnce(string text)
    {
        var finding = Assert.Single(Check(text));

        Assert.Equal(PersonalDataKind.PostalAddress, finding.Kind);
        Assert.Contains("[address]", finding.Excerpt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Offences in Birmingham fell.")]
    [InlineData("Acacia Avenue was resurfaced.")]
    [InlineData("Postcode B1 1AB.")]
    [InlineData("Flat 12 was empty.")]
    public void Address_TownOrStreetAloneOrAnotherPostcode_IsNotFound(string text)
    {
        Assert.Empty(Check(text));
    }

    [Fact]
    public void Address_NamedHouseOnTheFirstLine_IsFound()
    {
        var rose = new RequesterIdentity(null, null, "Rose Cottage, Mill Lane, Lichfield, WS13 6AA");

        Assert.Equal(PersonalDataKind.PostalAddress, Assert.Single(Check("Sent to Rose Cottage by post.", rose)).Kind);
        Assert.Empty(Check("Lichfield and Mill Lane are in the area.", rose));
        Assert.Equal(PersonalDataKind.PostalAddress, Assert.Single(Check("Postcode ws136aa", rose)).Kind);
    }

    [Fact]
    public void Findings_SayTheLineAndMaskTheMatch()
    {
        var text = "Thank you for your request.\n\nWe wrote to Sam Example on 3 March.\nPlease reply to sam.example@example.org.";

        var findings = Check(text);

        Assert.Equal(2, findings.Count);
        Assert.Equal("the response, line 3", findings[0].Where);
        Assert.Contains("We wrote to [name] on 3 March. Please reply to [email address].", findings[0].Excerpt, StringComparison.Ordinal);
        Assert.Equal("the response, line 4", findings[1].Where);
        Assert.All(findings, f =>
        {
            Assert.DoesNotContain("Sam", f.Excerpt, StringComparison.Ordinal);
            Assert.DoesNotContain("example.org", f.Excerpt, StringComparison.Ordinal);
        });
        Assert.StartsWith("The requester's name appears in the response, line 3:", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryOccurrence_IsAFinding()
    {
        var findings = Check("Sam Example asked. Later Sam Example asked again, and S. Example a third time.");

        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal(PersonalDataKind.Name, f.Kind));
    }

    [Fact]
    public void LongExcerpt_IsCutAroundTheMatch()
    {
        var text = new string('x', 500) + " Dear Sam Example " + new string('y', 500);

        var finding = Assert.Single(Check(text));

        Assert.True(finding.Excerpt.Length < 200, finding.Excerpt);
        Assert.StartsWith("…", finding.Excerpt, StringComparison.Ordinal);
        Assert.EndsWith("…", finding.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void NoDetails_FindsNothing()
    {
        var check = new PersonalDataCheck(RequesterIdentity.None);

        Assert.False(check.HasAnythingToFind);
        Assert.Empty(check.InText("the response", "Anything at all, Sam Example"));
    }

    [Fact]
    public void Csv_CellsSayRowAndColumnWithTheHeader()
    {
        var csv = "Reference,Requester,Contact\r\n62A/23,Police,foi@example.org\r\n63A/23,Sam Example,SAM.EXAMPLE@EXAMPLE.ORG\r\n";

        var findings = new PersonalDataCheck(Sam).InCsv("log.csv", csv);

        Assert.Equal(2, findings.Count);
        Assert.Equal((PersonalDataKind.Name, "log.csv, row 3, column 2 (“Requester”)"), (findings[0].Kind, findings[0].Where));
        Assert.Equal((PersonalDataKind.Email, "log.csv, row 3, column 3 (“Contact”)"), (findings[1].Kind, findings[1].Where));
    }

    [Fact]
    public void Csv_NameOrAddressSplitAcrossColumns_IsFoundForTheRow()
    {
        var csv = "First name,Surname,House,Street,Postcode\nSam,Example,12,Acacia Avenue,b1 1aa\n";

        var findings = new PersonalDataCheck(Sam).InCsv("people.csv", csv);

        Assert.Contains(findings, f => f.Kind == PersonalDataKind.Name && f.Where == "people.csv, row 2, columns 1 to 2");
        Assert.Contains(findings, f => f.Kind == PersonalDataKind.PostalAddress && f.Where.StartsWith("people.csv, row 2, column", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Excerpt.Contains("Example", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_QuotedCellsWithCommasAndLineBreaks_AreRead()
    {
        var csv = "Note\r\n\"Asked by \"\"Example, Sam\"\"\"\r\n\"Address:\n12 Acacia Avenue\"\r\n";

        var findings = new PersonalDataCheck(Sam).InCsv("notes.csv", csv);

        Assert.Equal(
            [(PersonalDataKind.Name, "notes.csv, row 2, column 1 (“Note”)"), (PersonalDataKind.PostalAddress, "notes.csv, row 3, column 1 (“Note”)")],
            findings.Select(f => (f.Kind, f.Where)));
    }

    [Fact]
    public void CsvAttachment_InWindows1252OrWithABom_IsDecoded()
    {
        var zoe = new RequesterIdentity("Zoë Brontë", null, null);
        var latin = Encoding.Latin1.GetBytes("Name\r\nZoë Brontë\r\n");
        var bom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Name\r\nZOË BRONTË\r\n")).ToArray();

        Assert.Equal("data.csv, row 2, column 1 (“Name”)", Assert.Single(new PersonalDataCheck(zoe).InAttachment("data.csv", "text/csv", latin)).Where);
        Assert.Equal("data.csv, row 2, column 1 (“Name”)", Assert.Single(new PersonalDataCheck(zoe).InAttachment("data.csv", "text/csv", bom)).Where);
    }

    [Fact]
    public void CsvAttachment_NotWellFormed_IsReadAsText()
    {
        var broken = Encoding.UTF8.GetBytes("Name\r\n\"Sam Example\r\nno closing quote");

        var finding = Assert.Single(new PersonalDataCheck(Sam).InAttachment("broken.csv", "text/csv", broken));

        Assert.Equal("broken.csv, line 2", finding.Where);
    }

    [Fact]
    public void AttachmentFileName_IsChecked()
    {
        var finding = Assert.Single(new PersonalDataCheck(Sam).InAttachment("response_to_sam-example.csv", "text/csv", Encoding.UTF8.GetBytes("Year,Count\r\n2022,4\r\n")));

        Assert.Equal("the file name response_to_sam-example.csv", finding.Where);
    }

    [Fact]
    public void PdfAttachment_IsCheckedPageByPage_OrIsUnreadable()
    {
        var check = new PersonalDataCheck(Sam);
        byte[] pdf = [0x25, 0x50, 0x44, 0x46];

        var unread = Assert.Single(check.InAttachment("letter.pdf", "application/pdf", pdf));
        var scanned = Assert.Single(check.InAttachment("letter.pdf", "application/pdf", pdf, _ => ["", "  "]));
        var found = Assert.Single(check.InAttachment("letter.pdf", "application/pdf", pdf, _ => ["Page one", "Dear Sam Example"]));

        Assert.Equal(PersonalDataKind.Unreadable, unread.Kind);
        Assert.Equal(PersonalDataKind.Unreadable, scanned.Kind);
        Assert.Equal((PersonalDataKind.Name, "letter.pdf, page 2"), (found.Kind, found.Where));
    }

    [Fact]
    public void PlainTextAttachment_IsCheckedLineByLine()
    {
        var finding = Assert.Single(new PersonalDataCheck(Sam).InAttachment("notes.txt", "text/plain", Encoding.UTF8.GetBytes("One\nTwo\nB1 1AA\n")));

        Assert.Equal((PersonalDataKind.PostalAddress, "notes.txt, line 3"), (finding.Kind, finding.Where));
    }
}
