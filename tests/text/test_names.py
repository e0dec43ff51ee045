from consilience.text.names import clean_name, name_tokens, translit


def test_a_name_run_on_by_a_function_word_ends_before_it() -> None:
    assert clean_name("Harbour Authority of") == "Harbour Authority"
    assert clean_name("Ferry Board - - an") == "Ferry Board"
    assert clean_name("Bank of Veradell") == "Bank of Veradell"
    assert clean_name("The Who") == "Who"


def test_clean_name_drops_article_possessive_and_punctuation() -> None:
    assert clean_name("the Harbour Authority's ") == "Harbour Authority"
    assert clean_name("(Mayor Ana Ruiz),") == "Mayor Ana Ruiz"


def test_a_lower_case_letter_and_period_before_a_name_is_no_initial() -> None:
    assert clean_name("m. Ana Ruiz") == "Ana Ruiz"  # "at 11:30 p. m. Ana Ruiz was ..."
    assert clean_name("p. m. Ana Ruiz") == "Ana Ruiz"
    assert clean_name("W. Mark Rose") == "W. Mark Rose"


def test_name_tokens_fold_accents_case_and_saint() -> None:
    assert name_tokens("José St-Clair") == ("jose", "saint", "clair")


def test_transliterations_of_one_name_agree() -> None:
    assert translit("zelensky") == translit("zelenskyy")
    assert translit("lugansk") == translit("luhansk")
    assert translit("oslo") != translit("osaka")
