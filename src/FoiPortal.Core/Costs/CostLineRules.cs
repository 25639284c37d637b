using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Costs;

/// <summary>
/// The checks on one estimate line, in field order, with GOV.UK error messages. Validators call <see cref="Validate"/>
/// to show every error; <see cref="CostEstimate"/> calls it again as a guard, so a bad line can never be stored.
/// </summary>
public static class CostLineRules
{
    /// <summary>More than this many minutes on one unit needs <see cref="CostLineInput.ConfirmedOverEightHoursPerUnit"/>.</summary>
    public const int MinutesPerUnitNeedingConfirmation = 480;

    /// <summary>A hard ceiling (100 hours a unit), even with confirmation: anything above is a typing error.</summary>
    public const int MaxMinutesPerUnit = 6_000;

    public const int MaxUnits = 10_000_000;

    public static IReadOnlyList<CostFieldError> Validate(CostLineInput input, Regime regime)
    {
        var errors = new List<CostFieldError>();

        if (input.QuestionNumber is not { } question)
        {
            errors.Add(new(nameof(input.QuestionNumber), "Select which question this line is for"));
        }
        else if (question is < 1 or > FoiRequest.MaxQuestions)
        {
            errors.Add(new(nameof(input.QuestionNumber), $"Question number must be between 1 and {FoiRequest.MaxQuestions}"));
        }

        if (input.Activity is not { } activity || !Enum.IsDefined(activity))
        {
            errors.Add(new(nameof(input.Activity), "Select the activity this time is for"));
        }
        else if (regime == Regime.Foisa && activity == CostActivity.DeterminingWhetherHeld)
        {
            // FOISA: SSI 2004/467 reg 3(2)(a)(i).
            errors.Add(new(nameof(input.Activity), "Under FOISA, time spent finding out whether the information is held does not count towards the cost limit: choose locating, retrieving or providing"));
        }
        else if (regime == Regime.Foisa && activity == CostActivity.Extracting)
        {
            // FOISA: SSI 2004/467 reg 3(2)(a) counts locating, retrieving and providing only. Lines recorded before stay readable.
            errors.Add(new(nameof(input.Activity), CostActivities.WhyExtractingDoesNotCountUnderFoisa));
        }
        else if (regime != Regime.Foisa && activity == CostActivity.Providing)
        {
            // SI 2004/3244 reg 4(3) lists four activities; providing is FOISA's (SSI 2004/467 reg 3).
            errors.Add(new(nameof(input.Activity), CostActivities.WhyProvidingCountsOnlyUnderFoisa));
        }

        if (string.IsNullOrWhiteSpace(input.Description))
        {
            errors.Add(new(nameof(input.Description), "Enter a description of the work, for example the records to be checked"));
        }
        else if (input.Description.Trim().Length > CostEstimateLine.DescriptionMaxLength)
        {
            errors.Add(new(nameof(input.Description), $"Description must be {CostEstimateLine.DescriptionMaxLength} characters or fewer"));
        }

        if (!Enum.IsDefined(input.UnitKind))
        {
            errors.Add(new(nameof(input.UnitKind), "Select what each unit is, for example records or years"));
        }

        if (input.Units is not { } units)
        {
            errors.Add(new(nameof(input.Units), "Enter the number of units"));
        }
        else if (units <= 0)
        {
            errors.Add(new(nameof(input.Units), "Number of units must be 1 or more"));
        }
        else if (units > MaxUnits)
        {
            errors.Add(new(nameof(input.Units), $"Number of units must be {CostFigures.Count(MaxUnits)} or fewer"));
        }

        ValidateMinutes(input, errors);
        ValidateStaffHourlyRate(input, regime, errors);

        if (input.Evidence is { } evidence && evidence.Trim().Length > CostEstimateLine.EvidenceMaxLength)
        {
            errors.Add(new(nameof(input.Evidence), $"Evidence must be {CostFigures.Count(CostEstimateLine.EvidenceMaxLength)} characters or fewer"));
        }

        return errors;
    }

    private static void ValidateStaffHourlyRate(CostLineInput input, Regime regime, List<CostFieldError> errors)
    {
        if (input.StaffHourlyRate is not { } rate)
        {
            return;
        }

        if (regime != Regime.Foisa)
        {
            // SI 2004/3244 reg 4(4): FOIA costs all staff time at £25 an hour; the EIR have no prescribed rate.
            errors.Add(new(nameof(input.StaffHourlyRate), "Staff hourly cost can only be entered under FOISA: under the Freedom of Information Act staff time is costed at £25 an hour (regulation 4(4) of SI 2004/3244)"));
        }
        else if (rate <= 0m)
        {
            errors.Add(new(nameof(input.StaffHourlyRate), "Staff hourly cost must be more than £0"));
        }
        else if (rate > AppropriateLimit.FoisaMaximumHourlyRate)
        {
            // SSI 2004/467 reg 3(2)(b): the actual cost of each member of staff, but no more than £15 an hour.
            errors.Add(new(nameof(input.StaffHourlyRate), "Staff hourly cost must be £15 or less: staff time cannot be costed at more than £15 an hour (regulation 3 of SSI 2004/467). Enter £15 if the member of staff costs more"));
        }
        else if (decimal.Round(rate, 2) != rate)
        {
            errors.Add(new(nameof(input.StaffHourlyRate), "Staff hourly cost must be in pounds and pence, like 12.50"));
        }
    }

    private static void ValidateMinutes(CostLineInput input, List<CostFieldError> errors)
    {
        var hasRange = input.MinutesLow is not null || input.MinutesHigh is not null;
        var rangeIsValid = true;
        if (hasRange)
        {
            if (input.MinutesLow is not { } low)
            {
                errors.Add(new(nameof(input.MinutesLow), "Enter the lowest minutes per unit, or leave both the lowest and highest blank"));
                rangeIsValid = false;
            }
            else if (low <= 0)
            {
                errors.Add(new(nameof(input.MinutesLow), "Lowest minutes per unit must be 1 or more"));
                rangeIsValid = false;
            }

            if (input.MinutesHigh is not { } high)
            {
                errors.Add(new(nameof(input.MinutesHigh), "Enter the highest minutes per unit, or leave both the lowest and highest blank"));
                rangeIsValid = false;
            }
            else if (high > MaxMinutesPerUnit)
            {
                errors.Add(new(nameof(input.MinutesHigh), $"Highest minutes per unit must be {CostFigures.Count(MaxMinutesPerUnit)} or fewer"));
                rangeIsValid = false;
            }
            else if (input.MinutesLow is { } lowest && lowest > 0 && high < lowest)
            {
                errors.Add(new(nameof(input.MinutesHigh), "Highest minutes per unit must be the same as or more than the lowest"));
                rangeIsValid = false;
            }
        }

        if (input.MinutesPerUnit is not { } used)
        {
            errors.Add(new(nameof(input.MinutesPerUnit), hasRange ? "Enter the minutes per unit you have used in the estimate" : "Enter the minutes per unit"));
        }
        else if (used <= 0)
        {
            errors.Add(new(nameof(input.MinutesPerUnit), "Minutes per unit must be 1 or more"));
        }
        else if (used > MaxMinutesPerUnit)
        {
            errors.Add(new(nameof(input.MinutesPerUnit), $"Minutes per unit must be {CostFigures.Count(MaxMinutesPerUnit)} or fewer"));
        }
        else if (hasRange && rangeIsValid && (used < input.MinutesLow || used > input.MinutesHigh))
        {
            errors.Add(new(nameof(input.MinutesPerUnit), $"Minutes per unit used must be between the lowest ({input.MinutesLow}) and the highest ({input.MinutesHigh})"));
        }

        // An estimate must be realistic (ICO s.12 guidance): a figure above 8 hours a unit is more often a slip than a fact.
        var largest = Math.Max(input.MinutesPerUnit ?? 0, input.MinutesHigh ?? 0);
        if (largest > MinutesPerUnitNeedingConfirmation && largest <= MaxMinutesPerUnit && !input.ConfirmedOverEightHoursPerUnit)
        {
            errors.Add(new(nameof(input.ConfirmedOverEightHoursPerUnit), "More than 8 hours (480 minutes) per unit needs a confirmation: check the figure and confirm it"));
        }
    }
}
