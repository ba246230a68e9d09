namespace InterviewPrep.Core.Critique;

/// <summary>
/// The words and phrases the critic listens for, one file per concern. Lists are broad on purpose: candidates say the
/// same thing many ways, and the critic is judged on answers it has never seen. Phrase syntax is described on
/// <see cref="PhraseMatcher"/>. A matcher is built in the same file as its phrase lists, and below them, because the
/// order in which the parts of a partial class are initialised is not defined.
/// </summary>
internal static partial class Lexicon;
