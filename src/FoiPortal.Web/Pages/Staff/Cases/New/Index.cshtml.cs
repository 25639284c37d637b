using FluentValidation;
using FoiPortal.Core.Data;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using FoiPortal.Web.Infrastructure.Mail;
using FoiPortal.Web.Pages.Requests.New;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.New;

/// <summary>
/// Log a request that arrived by email or post, with when it really arrived (FOIA s.10(1) counts from then).
/// "Continue" checks the answers and shows the due date; "Log request" saves. All server-side, no JavaScript.
/// </summary>
public sealed class IndexModel(IMediator mediator, OutboxSignal outbox, TimeProvider time) : PageModel
{
    [BindProperty]
    public LogRequest.Command Data { get; set; } = new();

    /// <summary>Set once the answers are valid: the page shows them with the due date, ready to save.</summary>
    public LogRequest.Result? Preview { get; private set; }

    public static IReadOnlyList<Infrastructure.TagHelpers.RadioItem> ChannelOptions { get; } =
    [
        new(nameof(Channel.Email), "Email", "Sent to us by email rather than through this website."),
        new(nameof(Channel.Post), "Post", "A letter. Use the date it arrived, not the date on the letter."),
    ];

    public static IReadOnlyList<Infrastructure.TagHelpers.RadioItem> FormatOptions { get; } =
    [
        new(nameof(PreferredFormat.Email), PreferredFormat.Email.Describe()),
        new(nameof(PreferredFormat.PaperCopy), PreferredFormat.PaperCopy.Describe()),
        new(nameof(PreferredFormat.MachineReadable), PreferredFormat.MachineReadable.Describe()),
    ];

    public void OnGet() => Data = new LogRequest.Command { ReceivedOn = DateInput.From(UkTime.Today(time)) };

    public async Task<IActionResult> OnPostCheckAsync()
    {
        Data.PreviewOnly = true;
        Data.Officer = Officer();
        Preview = await mediator.Send(Data);
        return Page();
    }

    public IActionResult OnPostChange() => Page();

    public async Task<IActionResult> OnPostSaveAsync()
    {
        Data.Officer = Officer();
        var result = await mediator.Send(Data);
        outbox.Notify();
        TempData["Notice"] = $"Request {result.Reference} logged. It is due on {UkDates.WithWeekday(result.DueOn)}.";
        return Redirect($"/staff/cases/{result.RequestId}");
    }

    private string Officer() => User.Identity?.Name ?? throw new InvalidOperationException("Logging a request needs a signed-in officer.");
}

public static class LogRequest
{
    /// <summary>The form. All strings, so any input binds and the validator explains what is wrong.</summary>
    public sealed class Command : ICommand<Result>
    {
        [BindNever]
        public bool PreviewOnly { get; set; }

        [BindNever]
        public string Officer { get; set; } = string.Empty;

        public string? Channel { get; set; }

        public DateInput ReceivedOn { get; set; } = new();

        public string? ReceivedTime { get; set; }

        public string? FullName { get; set; }

        public string? Email { get; set; }

        public string? PostalAddress { get; set; }

        public string? Title { get; set; }

        public string? QuestionsText { get; set; }

        public string? PreferredFormat { get; set; }

        /// <summary>When it arrived, once the date and time are valid.</summary>
        public DateTimeOffset? ReceivedAt() =>
            ReceivedOn.ToDate() is { } date && UkTime.Parse(ReceivedTime) is { } clock ? UkTime.ToInstant(date, clock) : null;
    }

    public sealed record Result(int? RequestId, string? Reference, DateTime ReceivedAtUtc, DateOnly ReceivedOnDate, DateOnly DueOn, IReadOnlyList<NonWorkingDay> Skipped);

    public sealed class Validator : AbstractValidator<Command>
    {
        private const string PostOnly = nameof(Core.Requests.Channel.Post);

        public Validator(TimeProvider time)
        {
            // Field order is the page's order: the error summary lists errors in this order.
            RuleFor(c => c.Channel)
                .Must(c => c is nameof(Core.Requests.Channel.Email) or PostOnly)
                .WithMessage("Select how the request was received");
            RuleFor(c => c.ReceivedOn).Custom((input, context) =>
            {
                if (input.Problem("Date received", "Enter the date the request was received") is { } problem)
                {
                    context.AddFailure(problem);
                }
                else if (input.ToDate() > UkTime.Today(time))
                {
                    context.AddFailure("Date received must be today or in the past");
                }
            });
            RuleFor(c => c.ReceivedTime).Custom((text, context) =>
            {
                var command = context.InstanceToValidate;
                if (string.IsNullOrWhiteSpace(text))
                {
                    context.AddFailure("Enter the time the request was received");
                }
                else if (UkTime.Parse(text) is not { } clock)
                {
                    context.AddFailure("Enter the time received in the correct format, like 9:30am or 14:30");
                }
                else if (command.ReceivedOn.ToDate() is { } date && date <= UkTime.Today(time))
                {
                    var instant = UkTime.ToInstant(date, clock);
                    if (instant is null)
                    {
                        context.AddFailure("That time did not happen in the UK: the clocks went forward. Enter the time shown on the email or letter");
                    }
                    else if (instant > time.GetUtcNow())
                    {
                        context.AddFailure("Time received must be in the past");
                    }
                }
            });
            RuleFor(c => c.FullName).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the requester's full name")
                .MaximumLength(Requester.NameMaxLength).WithMessage($"Full name must be {Requester.NameMaxLength} characters or fewer")
                .Must(TextRules.IsSingleLine).WithMessage("Full name must not include hidden or control characters");
            RuleFor(c => c.Email).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the requester's email address")
                .When(c => c.Channel != PostOnly);
            RuleFor(c => c.Email).Cascade(CascadeMode.Stop)
                .MaximumLength(Requester.EmailMaxLength).WithMessage($"Email address must be {Requester.EmailMaxLength} characters or fewer")
                .Must(TextRules.IsEmailAddress).WithMessage("Enter an email address in the correct format, like name@example.com")
                .When(c => !string.IsNullOrWhiteSpace(c.Email));
            // With no email address, the response can only go by post.
            RuleFor(c => c.PostalAddress)
                .NotEmpty().WithMessage("Enter the requester's postal address, or their email address")
                .When(c => c.Channel == PostOnly && string.IsNullOrWhiteSpace(c.Email));
            // s.11: a paper copy needs somewhere to send it.
            RuleFor(c => c.PostalAddress)
                .NotEmpty().WithMessage("Enter the requester's postal address for a paper copy")
                .When(c => c.PreferredFormat == nameof(Core.Requests.PreferredFormat.PaperCopy));
            RuleFor(c => c.PostalAddress).Cascade(CascadeMode.Stop)
                .MaximumLength(Requester.PostalAddressMaxLength).WithMessage($"Postal address must be {Requester.PostalAddressMaxLength} characters or fewer")
                .Must(TextRules.IsMultiLine).WithMessage("Postal address must not include hidden or control characters");
            RuleFor(c => c.Title).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter a short title for the request")
                .MaximumLength(FoiRequest.TitleMaxLength).WithMessage($"Title must be {FoiRequest.TitleMaxLength} characters or fewer")
                .Must(TextRules.IsSingleLine).WithMessage("Title must not include hidden or control characters");
            RuleFor(c => c.QuestionsText).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the information requested")
                .MustBeValidQuestions("The request");
            RuleFor(c => c.PreferredFormat)
                .Must(f => Enum.TryParse<PreferredFormat>(f, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(f, out _))
                .WithMessage("Select how the requester would like to receive the information");
        }
    }

    public sealed class Handler(
        FoiDbContext db,
        ReferenceAllocator references,
        ICalendarSource calendars,
        TimeProvider time,
        IOptions<RequestOptions> options,
        IOptions<AuthorityOptions> authority) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow();
            var receivedAt = command.ReceivedAt() ?? throw new DomainException("Enter when the request was received.");
            // FOIA by default, as for web requests; the officer sets EIR or FOISA at triage.
            var calendar = await calendars.ForRegimeAsync(Regime.Foia, cancellationToken);
            var receivedOn = UkLocalDate.FromInstant(receivedAt);
            if (command.PreviewOnly)
            {
                var deadline = StatutoryClock.DueDate(receivedOn, Regime.Foia, calendar);
                return new Result(null, null, receivedAt.UtcDateTime, receivedOn, deadline.DueOn, deadline.Skipped);
            }

            var (token, hash) = TrackingToken.Create();
            var reference = await references.NextAsync(UkLocalDate.FromInstant(now).Year, cancellationToken);
            var email = command.Email?.Trim() ?? string.Empty;
            var request = FoiRequest.Log(
                reference,
                // No email for a postal request: stored empty; the response goes by post.
                new Requester(command.FullName!, email, command.PostalAddress),
                command.Title!,
                QuestionParser.Parse(command.QuestionsText),
                Enum.Parse<PreferredFormat>(command.PreferredFormat!),
                Enum.Parse<Channel>(command.Channel!),
                receivedAt,
                command.Officer,
                now,
                calendar,
                hash);
            db.Requests.Add(request);
            await db.SaveChangesAsync(cancellationToken);

            if (email.Length > 0)
            {
                db.OutboundEmails.Add(Acknowledgement.Create(request, token, options.Value.PublicBaseUrl, authority.Value.Name, now.UtcDateTime));
            }

            var skipped = calendar.HolidaysBetween(request.ReceivedOn, request.DueOn);
            return new Result(request.Id, request.Reference, request.ReceivedAtUtc, request.ReceivedOn, request.DueOn, skipped);
        }
    }
}
