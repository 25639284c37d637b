using FoiPortal.Core.Requests;

namespace FoiPortal.Core.Responses;

public enum DeliveryMethod
{
    Email,

    /// <summary>Printed and posted by the officer, then recorded as posted.</summary>
    Post,
}

/// <summary>How the response reaches the requester.</summary>
public static class ResponseDelivery
{
    /// <summary>
    /// FOIA s.11(1)(a): a requester who asked for a copy in permanent form (paper) gets it by post where reasonably
    /// practicable, so whenever we hold a postal address. Otherwise email, or post when email is all we lack. Null
    /// when we have neither address: nothing can be sent.
    /// </summary>
    public static DeliveryMethod? For(string? email, string? postalAddress, PreferredFormat preferredFormat)
    {
        var hasEmail = !string.IsNullOrWhiteSpace(email);
        var hasAddress = !string.IsNullOrWhiteSpace(postalAddress);
        if (preferredFormat == PreferredFormat.PaperCopy && hasAddress)
        {
            return DeliveryMethod.Post;
        }

        return hasEmail ? DeliveryMethod.Email : hasAddress ? DeliveryMethod.Post : null;
    }
}
