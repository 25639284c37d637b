using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Intake;

/// <summary>
/// The letter asking a requester to clarify (FOIA s.1(3), FOISA s.1(3), EIR reg 9(2)): a template per regime that the
/// officer edits before it is sent, and the rule that it is not sent until the officer has said what is unclear.
/// </summary>
public static class ClarificationLetter
{
    public const string Placeholder = "[Say what the requester needs to clarify.]";
    public const int MaxLength = 10_000;

    public static string Subject(string reference) => $"[{reference}] We need more information about your request";

    public static string Template(Regime regime, string requesterName, string reference, string title)
    {
        // The provision that stops the clock until the answer arrives, per regime.
        var law = regime switch
        {
            Regime.Eir => "Under regulation 9(2) of the Environmental Information Regulations 2004 we may ask for more particulars; the 20 working days start again from the day we receive them (regulation 9(4)).",
            Regime.Foisa => "Under section 1(3) of the Freedom of Information (Scotland) Act 2002 we do not have to deal with your request until we have the further information we need; the 20 working days start again from the day we receive your reply.",
            _ => "Under section 1(3) of the Freedom of Information Act 2000 we do not have to deal with your request until we have the further information we reasonably need; the 20 working days start again from the day we receive your reply.",
        };
        return $"""
            Dear {requesterName},

            Your request "{title}" (our reference {reference})

            We need more information to find what you are asking for. {Placeholder}

            {law}

            Please reply to this email, keeping {reference} in the subject. If we do not hear from you within three months, we will close your request.
            """;
    }

    /// <summary>Null when the letter can be sent; otherwise why not, as a GOV.UK sentence.</summary>
    public static string? WhyNotSendable(string? letter)
    {
        if (string.IsNullOrWhiteSpace(letter))
        {
            return "Enter the letter to send to the requester";
        }

        if (letter.Contains(Placeholder, StringComparison.Ordinal))
        {
            return "Replace the text in square brackets with what the requester needs to clarify";
        }

        return letter.Length > MaxLength ? $"The letter must be {MaxLength:N0} characters or fewer" : null;
    }
}
