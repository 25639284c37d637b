using System.Globalization;
using FoiPortal.Documents;

namespace FoiPortal.Bench;

/// <summary>The documents the targets speak of: a 3-page letter with a 50-row table, and a 5,000-row attachment.</summary>
public static class SampleLetters
{
    public static LetterDocument ThreePageLetter()
    {
        var blocks = new List<Block>
        {
            new AddressBlock(["West Midlands Police", "Freedom of Information Unit", "PO Box 52", "Birmingham", "B4 6NQ"]),
            new AddressBlock(["Ms A Requester", "1 Example Street", "Coventry", "CV1 1AA"]),
            new Paragraph("27 November 2026"),
            new Heading(1, "Your request for information: online grooming"),
            new Paragraph("Thank you for your request for information, which we received on 2 November 2026. We have dealt with it under the Freedom of Information Act 2000."),
            new Heading(2, "Your request"),
            new NumberedList(
            [
                "How many offences of sexual communication with a child were recorded in each year from 2017 to 2022?",
                "For each offence, which online platform or application was used?",
                "How many of these offences resulted in a charge or summons?",
            ]),
            new Heading(2, "Our response"),
        };
        for (var i = 0; i < 4; i++)
        {
            blocks.Add(new Paragraph(
                "We hold some of the information you asked for. Recorded crime data is held on our crime recording system; "
                + "the platform used is not a mandatory field and is often recorded only in the free-text summary of the crime, "
                + "so finding it means reading each record. We estimate that this would take more than the appropriate limit of 18 hours."));
        }

        blocks.Add(new BulletList(
        [
            "Locating the relevant records: 2,160 records at 5 minutes each.",
            "Extracting the platform from the free text of each record.",
            "Checking outcomes against the case file for each charge or summons.",
        ]));
        blocks.Add(new Heading(2, "Recorded offences by year and platform"));
        blocks.Add(OffencesTable(50));
        blocks.Add(new Heading(2, "Your right to request an internal review"));
        blocks.Add(new Paragraph(
            "If you are unhappy with how we have handled your request, you can ask for an internal review within 40 working days. "
            + "If you are still unhappy after the review, you can complain to the Information Commissioner's Office."));
        return new LetterDocument("Response to FOI/2026/00042", "FOI/2026/00042", blocks, Author: "West Midlands Police");
    }

    public static LetterDocument Attachment(int rows)
        => new("Attachment to FOI/2026/00042: recorded offences", "FOI/2026/00042",
            [new Heading(1, "Recorded offences"), OffencesTable(rows)], Author: "West Midlands Police");

    public static Table OffencesTable(int rows)
    {
        string[] platforms = ["Snapchat", "Instagram", "Facebook Messenger", "WhatsApp", "Online game chat (unspecified)", "Not recorded"];
        var data = new List<IReadOnlyList<string>>(rows);
        for (var i = 0; i < rows; i++)
        {
            data.Add(
            [
                (2017 + (i % 6)).ToString(CultureInfo.InvariantCulture),
                platforms[i % platforms.Length],
                ((i * 37 % 400) + 3).ToString("N0", CultureInfo.InvariantCulture),
                i % 7 == 0 ? "Includes offences recorded after a referral from another force" : "",
            ]);
        }

        return new Table("Offences of sexual communication with a child", ["Year", "Platform", "Offences", "Notes"], data);
    }
}
