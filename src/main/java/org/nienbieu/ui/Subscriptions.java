package org.nienbieu.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The listeners a view hangs on longer-lived view models, remembered so that {@link #dispose()}
 * takes them all off again: the view is rebuilt on a language switch while its view models stay.
 */
final class Subscriptions {

    private final List<Runnable> removers = new ArrayList<>();

    <T> void onChange(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        removers.add(() -> value.removeListener(listener));
    }

    void onInvalidate(Observable value, InvalidationListener listener) {
        value.addListener(listener);
        removers.add(() -> value.removeListener(listener));
    }

    <T> void onList(ObservableList<T> list, ListChangeListener<? super T> listener) {
        list.addListener(listener);
        removers.add(() -> list.removeListener(listener));
    }

    /** Keeps a task to run on dispose, such as unbinding. */
    void add(Runnable remover) {
        removers.add(remover);
    }

    void dispose() {
        removers.forEach(Runnable::run);
        removers.clear();
    }
}
