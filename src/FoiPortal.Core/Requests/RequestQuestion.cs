namespace FoiPortal.Core.Requests;

/// <summary>One numbered part of a request (the seed's request has five).</summary>
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
}
