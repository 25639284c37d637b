namespace FoiPortal.Core.Requests;

/// <summary>
/// One question exactly as the request was received, kept when the officer first splits, merges or rewords the working
/// questions (docs/adr/023). It is what the response letter quotes and what the requester's tracking page shows
/// ("You asked:"): the request is the requester's own words. Never changed once written.
/// </summary>
public sealed class ReceivedQuestion
{
    private ReceivedQuestion()
    {
        Text = string.Empty;
    }

    internal ReceivedQuestion(int number, string text)
    {
        Number = number;
        Text = text;
    }

    public int Id { get; private set; }

    public int Number { get; private set; }

    public string Text { get; private set; }
}
