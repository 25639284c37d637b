using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation;
using FluentValidation.Results;
using FoiPortal.Core.Staff;
using Mediator;

namespace FoiPortal.Web.Infrastructure.Security;

/// <summary>
/// One rule for every form (issue 17): a command or request whose text (a string property, or a list of strings or of
/// objects with string properties) holds control or invisible formatting characters (<see cref="UnsafeText"/>) is
/// refused with a field error on that field. Registered as an open generic validator, so the validation behaviour runs
/// it for every message; queries (GET searches) are not forms and are left alone.
/// </summary>
public sealed class UnsafeTextValidator<T> : AbstractValidator<T>
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public override ValidationResult Validate(ValidationContext<T> context)
    {
        var result = new ValidationResult();
        if (context.InstanceToValidate is { } instance and not IBaseQuery)
        {
            Check(instance, string.Empty, result, depth: 0);
        }

        return result;
    }

    public override Task<ValidationResult> ValidateAsync(ValidationContext<T> context, CancellationToken cancellation = default) =>
        Task.FromResult(Validate(context));

    private static void Check(object instance, string prefix, ValidationResult result, int depth)
    {
        foreach (var property in Properties.GetOrAdd(instance.GetType(), t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToArray()))
        {
            var value = property.GetValue(instance);
            var name = prefix + property.Name;
            switch (value)
            {
                case string text when UnsafeText.Contains(text):
                    result.Errors.Add(new ValidationFailure(name, UnsafeText.Message));
                    break;
                case IEnumerable items and not string when depth < 2:
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is string s && UnsafeText.Contains(s))
                        {
                            result.Errors.Add(new ValidationFailure($"{name}[{index}]", UnsafeText.Message));
                        }
                        else if (item is not null and not string && !item.GetType().IsPrimitive && item.GetType().Namespace?.StartsWith("FoiPortal", StringComparison.Ordinal) == true)
                        {
                            Check(item, $"{name}[{index}].", result, depth + 1);
                        }

                        index++;
                    }

                    break;
            }
        }
    }
}
