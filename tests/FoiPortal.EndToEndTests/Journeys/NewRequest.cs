namespace FoiPortal.EndToEndTests.Journeys;

/// <summary>Test data for the public request form. Titles are unique so tests sharing one database never collide.</summary>
public sealed record NewRequest(string FullName, string Email, string Title, IReadOnlyList<string> Questions, string PreferredFormat)
{
    public static NewRequest TwoQuestions() => new(
        "Alex Requester",
        "alex.requester@example.org",
        $"Road safety cameras {Guid.NewGuid().ToString("N")[..8]}",
        [
            "How many fixed speed cameras did the force operate on 1 April 2026?",
            "How many speeding offences did those cameras detect in 2025?",
        ],
        "Email");

    /// <summary>What the requester types in the textarea: one numbered line per question.</summary>
    public string QuestionsText => string.Join('\n', Questions.Select((q, i) => $"{i + 1}. {q}"));
}
