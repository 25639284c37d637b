namespace FoiPortal.Core.Requests;

/// <summary>
/// One numbered part of a request as the officer works on it (the seed's request has five). Cost lines, exemption
/// decisions and outcomes attach to it by <see cref="Number"/>. The officer may split, merge and reword these
/// (docs/adr/023); what the requester sent is kept in <see cref="ReceivedQuestion"/>.
/// </summary>
public sealed class RequestQuestion
{
    public const int TextMaxLength = 10_000;

    private RequestQuestion()
    {
        Text = string.Empty;
    }

    internal RequestQuestion(int number, string text)
    {
        Number = number;
        Text = text;
    }

    public int Id { get; private set; }

    public int Number { get; private set; }

    public string Text { get; private set; }

    internal void Reword(string text) => Text = text;
}
