using InterviewPrep.Core.Content;
using InterviewPrep.Core.Critique;

namespace InterviewPrep.Web.Services;

/// <summary>
/// The critique engine joined to the content catalog: each answer is read with its principle's probes and checks.
/// Stateless; used by the practice page, the story editor and the JSON API. The rules live in Core.
/// </summary>
public sealed class PracticeCoach(AnswerCritic critic, ContentStore content)
{
    private readonly FollowUpReview _review = new(critic);

    public AnswerCritique Critique(string principleSlug, Level level, string text) =>
        critic.Critique(For(principleSlug, level) with { Text = text });

    public AnswerCritique Critique(string principleSlug, Level level, StarFields star) =>
        critic.Critique(For(principleSlug, level) with { Star = star });

    /// <summary>What the follow-up answers resolved of <paramref name="first"/>; see <see cref="FollowUpReview"/>.</summary>
    public RoundReview Review(
        AnswerCritique first, StarFields? star, string principleSlug, Level level, IReadOnlyList<(string? FindingCode, string Answer)> followUps)
    {
        ArgumentNullException.ThrowIfNull(first);
        var input = star is null ? For(principleSlug, level) with { Text = first.Text } : For(principleSlug, level) with { Star = star };
        return _review.Review(input, first, followUps);
    }

    /// <summary>A principle missing from the catalog is still critiqued, with no probes and no extra checks.</summary>
    private AnswerInput For(string principleSlug, Level level) => content.Current.FindPrinciple(principleSlug) is { } principle
        ? new AnswerInput { PrincipleSlug = principle.Slug, Level = level, Probes = principle.Probes, Checks = principle.Checks }
        : new AnswerInput { PrincipleSlug = principleSlug, Level = level };
}
